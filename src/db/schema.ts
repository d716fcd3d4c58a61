/**
 * Table types for Kysely. Instants are UTC ISO 8601 text (`Date#toISOString`) on both engines,
 * so they compare and sort as text; JSON documents are text; booleans are 0/1 integers.
 */
export interface UsersTable {
  id: string;
  email: string;
  /** The email lower-cased: unique, so addresses differing only in case are one account. */
  email_key: string;
  password_hash: string;
  time_zone: string;
  units: "kg" | "lb";
  desk_worker: number;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the token in the cookie: a stolen database holds no usable session. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface EpisodesTable {
  id: string;
  user_id: string;
  onset_at: string;
  /** JSON array of regions. */
  regions: string;
  created_at: string;
}

export interface CheckInsTable {
  id: string;
  user_id: string;
  episode_id: string;
  /** The check-in's own moment (`now`). */
  at: string;
  /** JSON: the validated check-in. */
  check_in: string;
  /** JSON: the triage result. */
  triage: string;
  level: string;
  created_at: string;
}

export interface DiaryEntriesTable {
  id: string;
  user_id: string;
  episode_id: string | null;
  at: string;
  pain_now: number;
  /** JSON array of regions. */
  regions: string;
  note: string | null;
  medication_name: string | null;
  medication_taken_at: string | null;
  client_id: string | null;
  created_at: string;
}

export interface PegAnswersTable {
  id: string;
  user_id: string;
  week_of: string;
  average_pain: number;
  enjoyment: number;
  activity: number;
  created_at: string;
}

export interface ClearancesTable {
  id: string;
  user_id: string;
  episode_id: string;
  cleared_at: string;
  clinician: string | null;
  note: string | null;
  created_at: string;
}

export interface UserExercisesTable {
  id: string;
  user_id: string;
  name: string;
  /** nameKey(name), unique per user. */
  name_key: string;
  created_at: string;
}

export interface WorkoutsTable {
  id: string;
  user_id: string;
  started_at: string;
  minutes: number | null;
  session_rpe: number | null;
  /** 0/1; null when unknown (imported). */
  warm_up: number | null;
  cool_down: number | null;
  title: string;
  notes: string | null;
  source: "manual" | "strong" | "hevy";
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface WorkoutSetsTable {
  workout_id: string;
  user_id: string;
  position: number;
  /** A catalogue movement id, or null when `user_exercise_id` is set (exactly one of the two). */
  movement_id: string | null;
  user_exercise_id: string | null;
  set_type: "normal" | "warmup" | "dropset" | "failure";
  reps: number | null;
  weight_kg: number | null;
  rpe: number | null;
  seconds: number | null;
  distance_m: number | null;
  note: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  episodes: EpisodesTable;
  check_ins: CheckInsTable;
  diary_entries: DiaryEntriesTable;
  peg_answers: PegAnswersTable;
  clearances: ClearancesTable;
  user_exercises: UserExercisesTable;
  workouts: WorkoutsTable;
  workout_sets: WorkoutSetsTable;
}
