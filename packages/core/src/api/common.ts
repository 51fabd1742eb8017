import { z } from "zod";

export const localizedTextSchema = z.object({ zh: z.string(), en: z.string() });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), localizedTextSchema).optional(),
  }),
});

export const healthSchema = z.object({ status: z.literal("ok") });

export const openApiDocumentSchema = z
  .looseObject({
    openapi: z.string(),
    info: z.object({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  })
  .meta({ description: "OpenAPI 3.1 document" });

/** A downloaded file (the route's `produces` names its media type). */
export const fileSchema = z.string().meta({ format: "binary" });
