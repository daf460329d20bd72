import { router } from '../../../trpc.js';
import { assignBookingProcedure } from './assign.js';
import { assignablePlacesProcedure } from './assignable.js';
import { staffCancelBookingProcedure } from './cancel.js';
import { checkInBookingProcedure } from './check-in.js';
import { completeBookingProcedure } from './complete.js';
import { confirmBookingProcedure } from './confirm.js';
import { listStaffBookingsProcedure } from './list.js';
import { noShowBookingProcedure } from './no-show.js';

export const staffBookingsRouter = router({
  list: listStaffBookingsProcedure,
  confirm: confirmBookingProcedure,
  assign: assignBookingProcedure,
  assignable: assignablePlacesProcedure,
  checkIn: checkInBookingProcedure,
  complete: completeBookingProcedure,
  cancel: staffCancelBookingProcedure,
  noShow: noShowBookingProcedure,
});
