import { TransientGatewayError } from '../provider.js';

export const MIDTRANS_SANDBOX_URL = 'https://api.sandbox.midtrans.com';
export const MIDTRANS_PRODUCTION_URL = 'https://api.midtrans.com';

export interface MidtransConfig {
  serverKey: string;
  clientKey: string;
  /** Core API base URL: the sandbox or production host, or a local server in tests. */
  apiUrl: string;
  /** How long one call may take before it counts as unanswered. */
  timeoutMs?: number;
}

/**
 * What Core API answers. Midtrans puts its own status code in the body as a string, and answers
 * many refusals with HTTP 200: the body's code is the one to read.
 */
export interface MidtransAnswer {
  status_code: string;
  status_message?: string;
  transaction_id?: string;
  order_id?: string;
  gross_amount?: string;
  transaction_status?: string;
  fraud_status?: string;
  masked_card?: string;
  token_id?: string;
  refund_key?: string;
  refund_amount?: string;
  refund_chargeback_id?: number;
}

/** A refusal Midtrans gave on purpose (a 4xx status code): asking again will not change it. */
export class MidtransRefusal extends Error {
  constructor(
    readonly statusCode: string,
    message: string,
  ) {
    super(`Midtrans refused (${statusCode}): ${message}`);
    this.name = 'MidtransRefusal';
  }
}

/**
 * One Core API call with the server key as Basic auth. No answer in time, a network failure, an
 * HTTP or Midtrans 5xx and a 429 are transient; every other answer is returned as Midtrans gave it.
 */
export async function callMidtrans(
  config: MidtransConfig,
  request: { method: 'GET' | 'POST'; path: string; query?: Record<string, string>; body?: unknown },
): Promise<MidtransAnswer> {
  const url = new URL(request.path, config.apiUrl);
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method,
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${config.serverKey}:`).toString('base64')}`,
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      signal: AbortSignal.timeout(config.timeoutMs ?? 15_000),
    });
  } catch {
    throw new TransientGatewayError('Midtrans did not answer; try again');
  }
  const text = await response.text().catch(() => '');
  if (response.status >= 500 || response.status === 429) {
    throw new TransientGatewayError(`Midtrans answered HTTP ${response.status}; try again`);
  }
  let answer: MidtransAnswer;
  try {
    answer = JSON.parse(text) as MidtransAnswer;
  } catch {
    // Not Midtrans's own answer (a proxy's page, say): a redirect or 4xx of that kind will not pass.
    if (response.status >= 300) throw new MidtransRefusal(String(response.status), 'an answer without JSON');
    throw new TransientGatewayError(`Midtrans answered HTTP ${response.status} without JSON; try again`);
  }
  const code = String(answer.status_code ?? response.status);
  if (code.startsWith('5') || code === '429') {
    throw new TransientGatewayError(`Midtrans answered ${code}: ${answer.status_message ?? ''}; try again`);
  }
  return { ...answer, status_code: code };
}

/** Midtrans writes amounts as decimal strings ("75000.00"); IDR has no minor unit in practice. */
export const amountOf = (grossAmount: string | undefined) => Math.round(Number(grossAmount ?? Number.NaN));
