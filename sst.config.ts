import type { SSTConfig } from "sst";
import { liaison } from "./stacks/index.ts";
import { DEFAULT_REGION } from "./stacks/settings.ts";

export default {
  config(input) {
    return {
      name: "liaison",
      region: input.region ?? process.env.AWS_REGION ?? DEFAULT_REGION,
    };
  },
  stacks(app) {
    liaison(app);
  },
} satisfies SSTConfig;
