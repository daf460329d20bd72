import { router } from '../../trpc.js';
import { loginProcedure } from './login.js';
import { logoutProcedure } from './logout.js';
import { meProcedure } from './me.js';
import { registerProcedure } from './register.js';

export const authRouter = router({
  register: registerProcedure,
  login: loginProcedure,
  logout: logoutProcedure,
  me: meProcedure,
});
