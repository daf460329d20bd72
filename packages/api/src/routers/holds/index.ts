import { router } from '../../trpc.js';
import { attachContactProcedure } from './attach-contact.js';
import { checkoutProcedure } from './checkout.js';
import { claimHoldProcedure } from './claim.js';
import { createHoldProcedure } from './create.js';
import { getHoldProcedure } from './get.js';
import { releaseHoldProcedure } from './release.js';

export const holdsRouter = router({
  create: createHoldProcedure,
  get: getHoldProcedure,
  release: releaseHoldProcedure,
  attachContact: attachContactProcedure,
  claim: claimHoldProcedure,
  checkout: checkoutProcedure,
});
