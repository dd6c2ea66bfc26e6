// Entry point of the browser edition: `npm run serve -- --port P --data-dir DIR --no-open`, the
// RLS course. Everything else is serveCourse (serve-course.ts), which takes the course as a value.
import { rlsCausesCourse } from '../../questions/content/course'
import { runServe } from './serve-course'

runServe(rlsCausesCourse)
