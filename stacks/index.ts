import type { App } from "sst/constructs";
import { Api } from "./Api.ts";
import { Auth } from "./Auth.ts";
import { Jobs } from "./Jobs.ts";
import { Storage } from "./Storage.ts";
import { isProduction } from "./settings.ts";
import { Web } from "./Web.ts";

/** The stacks in deployment order; sst.config.ts and the stack tests both register these. */
export const STACKS = [Storage, Auth, Api, Jobs, Web] as const;

/** App-wide defaults plus every stack: the one definition of the liaison app. */
export function liaison(app: App): void {
  // Production keeps each construct's own policy (table and user pool RETAIN); every other
  // stage is disposable.
  if (!isProduction(app.stage)) app.setDefaultRemovalPolicy("destroy");

  app.setDefaultFunctionProps({
    runtime: "nodejs22.x",
    architecture: "arm_64",
    memorySize: "512 MB",
    // The HTTP API gives up after 30 s; a handler stuck longer than this is already lost.
    timeout: "10 seconds",
    nodejs: { format: "esm", minify: true },
  });

  for (const stack of STACKS) app.stack(stack);
}
