import type { Role } from '@reserva/domain';

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
  name: string;
  phone: string;
}

/** Printed by the seed CLI and shown on the demo login pages; never use these outside a demo. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    role: 'admin',
    email: 'admin@reserva.test',
    password: 'admin12345',
    name: 'Budi Santoso',
    phone: '+6281234560001',
  },
  {
    role: 'staff',
    email: 'staff@reserva.test',
    password: 'staff12345',
    name: 'Siti Rahmawati',
    phone: '+6281234560002',
  },
  {
    role: 'customer',
    email: 'customer@reserva.test',
    password: 'customer12345',
    name: 'Dewi Lestari',
    phone: '+6285712340003',
  },
];
