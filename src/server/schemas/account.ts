import { z } from "zod";
import { isTimeZone } from "../../core/timezone";

/** NIST SP 800-63B: at least 8 characters, counted as Unicode code points; capped to bound hashing work. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

const codePoints = (s: string) => [...s].length;

export const PasswordSchema = z
  .string()
  .refine((p) => codePoints(p) >= PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .refine((p) => codePoints(p) <= PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`)
  .meta({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX });

export const EmailSchema = z.email("must be an email address").max(254);

export const CredentialsSchema = z.strictObject({ email: EmailSchema, password: PasswordSchema });

/** Login checks the password against the stored hash only: no length rules, so old passwords keep working. */
export const LoginSchema = z.strictObject({ email: z.string().max(254), password: z.string().max(PASSWORD_MAX * 4) });

export const UserSchema = z.object({ id: z.string(), email: z.string() });
export const SignedInSchema = z.object({ user: UserSchema });

export const TimeZoneSchema = z.string().refine(isTimeZone, "must be an IANA time zone such as Europe/Berlin");
export const UnitsSchema = z.enum(["kg", "lb"]);

export const SettingsSchema = z.object({ timeZone: z.string(), units: UnitsSchema, deskWorker: z.boolean() });
export const SettingsPatchSchema = z.strictObject({
  timeZone: TimeZoneSchema.optional(),
  units: UnitsSchema.optional(),
  deskWorker: z.boolean().optional(),
});

export const MeSchema = z.object({ id: z.string(), email: z.string(), settings: SettingsSchema });

export type User = z.infer<typeof UserSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
export type Me = z.infer<typeof MeSchema>;
