// Owns the schema every link, file and form reads a calendar day with: `YYYY-MM-DD`, and a real day.
import { DAY_PATTERN, isCalendarDate } from '../dates';
import { z } from './zod';

/** A real calendar day written `YYYY-MM-DD` (the pattern stays in the generated JSON Schema). */
export const calendarDateSchema = z
  .string()
  .regex(DAY_PATTERN)
  .refine(isCalendarDate, { message: 'Not a calendar date (YYYY-MM-DD)' });
