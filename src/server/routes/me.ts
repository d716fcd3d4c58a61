import type { FastifyInstance } from "fastify";
import { parseWith } from "../../core/validation";
import { account } from "../../db/repos/users";
import { requireUser } from "../auth/guard";
import { userOf } from "../context";
import { notFound, unwrap } from "../errors";
import { routeSchema } from "../openapi";
import { MeSchema, SettingsPatchSchema, SettingsSchema } from "../schemas/account";

/** GET /me, PATCH /me/settings. */
export async function meRoutes(app: FastifyInstance): Promise<void> {
  app.addHook("onRequest", requireUser);

  app.get(
    "/me",
    { schema: routeSchema({ summary: "The signed-in user", tags: ["account"], session: true, response: { 200: MeSchema } }) },
    async (request) => userOf(request),
  );

  app.patch(
    "/me/settings",
    {
      schema: routeSchema({
        summary: "Change settings (time zone, units, desk worker)",
        tags: ["account"],
        session: true,
        body: SettingsPatchSchema,
        response: { 200: SettingsSchema },
      }),
    },
    async (request) => {
      const patch = unwrap(parseWith(SettingsPatchSchema, request.body));
      const settings = await account(app.db, userOf(request).id).updateSettings(patch);
      if (!settings) throw notFound();
      return settings;
    },
  );
}
