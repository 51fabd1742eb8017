/// <reference types="vite/client" />

/** Set by stacks/Web.ts for the deployed build; unset locally, where the platform signs users in itself. */
interface ImportMetaEnv {
  readonly VITE_AWS_REGION?: string;
  readonly VITE_COGNITO_USER_POOL_ID?: string;
  readonly VITE_COGNITO_CLIENT_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
