/**
 * Compile-time contract checks, run by `tsc -b`: each `@ts-expect-error` fails the build if the
 * line below it ever type-checks, i.e. if the client stops catching that mistake.
 */
import { createClient, type RouterOutputs } from './index.js';

const client = createClient({ url: 'http://localhost:3000' });

export async function typeContract() {
  // @ts-expect-error the email must be a string
  await client.auth.login.mutate({ email: 42, password: 'secret-123' });
  // @ts-expect-error the password is required
  await client.auth.login.mutate({ email: 'ani@example.id' });
  // @ts-expect-error kind must be one of the five venue kinds
  await client.venues.list.query({ kind: 'spaceship' });
  // @ts-expect-error role must be customer, staff or admin
  await client.admin.apiKeys.create.mutate({ name: 'ops', role: 'root' });
  // @ts-expect-error there is no such procedure
  await client.venues.remove.mutate({ id: 'x' });
  // @ts-expect-error queries are not mutations
  await client.venues.list.mutate({});

  const venues: RouterOutputs['venues']['list'] = await client.venues.list.query({ kind: 'cinema' });
  const slug: string | undefined = venues[0]?.slug;
  // @ts-expect-error outputs are typed too: a slug is not a number
  const wrong: number | undefined = venues[0]?.slug;
  return { slug, wrong };
}
