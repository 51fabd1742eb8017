import { ApiError } from "./api.ts";
import type { Localized } from "./model.ts";

export interface CognitoConfig {
  region: string;
  clientId: string;
}

/**
 * A build-time value, or undefined when it is unset or still SST's "{{ NAME }}" placeholder
 * (SST fills those in only when it uploads the site; a build that was never deployed keeps them).
 */
function setting(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text && !/^\{\{.*\}\}$/.test(text) ? text : undefined;
}

/**
 * The Cognito app client the deployed build signs in with; undefined locally (no
 * VITE_COGNITO_CLIENT_ID), where POST /api/auth/login does the job. The region falls back to
 * the one the user pool id starts with ("ap-east-1_AbC…").
 */
export function cognitoConfig(env: ImportMetaEnv = import.meta.env): CognitoConfig | undefined {
  const clientId = setting(env.VITE_COGNITO_CLIENT_ID);
  if (!clientId) return undefined;
  const region = setting(env.VITE_AWS_REGION) ?? setting(env.VITE_COGNITO_USER_POOL_ID)?.split("_")[0];
  if (!region) return undefined;
  return { region, clientId };
}

/** The endpoint of Cognito's user pool API in a region. */
export function cognitoEndpoint(region: string): string {
  return `https://cognito-idp.${region}.amazonaws.com/`;
}

const BAD_CREDENTIALS: Localized = { zh: "用户名或密码错误", en: "Wrong username or password" };
const MESSAGES: Record<string, Localized> = {
  NotAuthorizedException: BAD_CREDENTIALS,
  UserNotFoundException: BAD_CREDENTIALS,
  UserNotConfirmedException: {
    zh: "账号尚未启用,请联系本单位代表联络办公室",
    en: "The account is not active yet; please ask your unit's liaison office",
  },
  PasswordResetRequiredException: {
    zh: "需要重置密码,请联系本单位代表联络办公室",
    en: "The password must be reset; please ask your unit's liaison office",
  },
  TooManyRequestsException: { zh: "尝试过于频繁,请稍后再试", en: "Too many attempts; try again later" },
  LimitExceededException: { zh: "尝试过于频繁,请稍后再试", en: "Too many attempts; try again later" },
};
const UNAVAILABLE: Localized = {
  zh: "登录服务暂时不可用,请稍后再试",
  en: "The sign-in service is not available; try again later",
};
const NEW_PASSWORD_REQUIRED: Localized = {
  zh: "首次登录须设置新密码,本页面暂不支持,请联系本单位代表联络办公室",
  en: "A new password must be set at first sign-in, which this page cannot do yet; please ask your liaison office",
};
const NETWORK_FAILURE: Localized = {
  zh: "无法连接登录服务,请检查网络后重试",
  en: "Cannot reach the sign-in service; check the connection and retry",
};

interface InitiateAuthAnswer {
  AuthenticationResult?: { IdToken?: string; ExpiresIn?: number };
  ChallengeName?: string;
  __type?: string;
  message?: string;
}

/**
 * Signs in with USER_PASSWORD_AUTH and answers the ID token: it carries the custom:unitId claim
 * the API reads (the access token does not). Errors are ApiErrors, like the local sign-in's.
 */
export async function cognitoSignIn(
  config: CognitoConfig,
  username: string,
  password: string,
  now = Date.now(),
): Promise<{ token: string; expiresAt: number }> {
  let res: Response;
  try {
    res = await fetch(cognitoEndpoint(config.region), {
      method: "POST",
      headers: {
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth",
      },
      body: JSON.stringify({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: config.clientId,
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }),
    });
  } catch {
    throw new ApiError(0, "network", NETWORK_FAILURE);
  }
  let answer: InitiateAuthAnswer = {};
  try {
    answer = (await res.json()) as InitiateAuthAnswer;
  } catch {
    // An unreadable answer is handled as a failure below.
  }
  if (!res.ok) {
    // "__type" is "NotAuthorizedException", sometimes prefixed with a namespace and "#".
    const type = (answer.__type ?? "").split("#").pop() ?? "";
    const text = MESSAGES[type];
    if (text === BAD_CREDENTIALS) throw new ApiError(401, "bad_credentials", text);
    throw new ApiError(res.status, type || "cognito_error", text ?? UNAVAILABLE);
  }
  const result = answer.AuthenticationResult;
  if (!result?.IdToken) {
    if (answer.ChallengeName === "NEW_PASSWORD_REQUIRED") {
      throw new ApiError(403, "new_password_required", NEW_PASSWORD_REQUIRED);
    }
    throw new ApiError(res.status, answer.ChallengeName ?? "cognito_error", UNAVAILABLE);
  }
  return { token: result.IdToken, expiresAt: Math.floor(now / 1000) + (result.ExpiresIn ?? 3600) };
}
