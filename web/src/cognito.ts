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
const TOO_MANY: Localized = { zh: "尝试过于频繁,请稍后再试", en: "Too many attempts; try again later" };
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
  TooManyRequestsException: TOO_MANY,
  LimitExceededException: TOO_MANY,
};
const UNAVAILABLE: Localized = {
  zh: "登录服务暂时不可用,请稍后再试",
  en: "The sign-in service is not available; try again later",
};
const NETWORK_FAILURE: Localized = {
  zh: "无法连接登录服务,请检查网络后重试",
  en: "Cannot reach the sign-in service; check the connection and retry",
};
/** The user pool's password policy (stacks/Auth.ts), as Cognito enforces it. */
export const PASSWORD_RULES: Localized = {
  zh: "至少 10 个字符,须包含小写字母和数字,首尾不能是空格",
  en: "At least 10 characters, with lower-case letters and digits, not starting or ending with a space",
};
/** Whether a new password meets PASSWORD_RULES; Cognito checks again. */
export function meetsPasswordRules(password: string): boolean {
  return (
    [...password].length >= 10 &&
    password.length <= 256 &&
    /[a-z]/.test(password) &&
    /[0-9]/.test(password) &&
    password.trim() === password
  );
}
const INVALID_PASSWORD: Localized = {
  zh: `新密码不符合要求:${PASSWORD_RULES.zh}`,
  en: `The new password does not meet the rules: ${PASSWORD_RULES.en.charAt(0).toLowerCase()}${PASSWORD_RULES.en.slice(1)}`,
};
const SIGN_IN_AGAIN: Localized = {
  zh: "设置新密码的时限已过,请重新登录",
  en: "The time to set a new password has run out; please sign in again",
};
const CHALLENGE_MESSAGES: Record<string, Localized> = {
  InvalidPasswordException: INVALID_PASSWORD,
  NotAuthorizedException: SIGN_IN_AGAIN,
  CodeMismatchException: SIGN_IN_AGAIN,
  ExpiredCodeException: SIGN_IN_AGAIN,
  UserNotFoundException: SIGN_IN_AGAIN,
  TooManyRequestsException: TOO_MANY,
  LimitExceededException: TOO_MANY,
};

/** The ApiError code of a challenge answer that sends the user back to the sign-in form. */
export const SIGN_IN_AGAIN_CODE = "sign_in_again";
/** The ApiError code of a new password the pool's policy refuses. */
export const INVALID_PASSWORD_CODE = "invalid_password";

/** Tokens from a sign-in or a refresh: the ID token, its expiry (epoch seconds) and the refresh token. */
export interface CognitoTokens {
  token: string;
  expiresAt: number;
  /** Absent from a refresh's answer (the pool does not rotate refresh tokens): keep the old one. */
  refreshToken?: string;
}

/** A first sign-in with a temporary password: Cognito wants a new password before it issues tokens. */
export interface NewPasswordChallenge {
  challenge: "NEW_PASSWORD_REQUIRED";
  /** The user's name as Cognito knows it (USER_ID_FOR_SRP), for the challenge's USERNAME. */
  username: string;
  /** Cognito's challenge session: valid for a few minutes, never stored. */
  session: string;
}

interface CognitoAnswer {
  AuthenticationResult?: { IdToken?: string; RefreshToken?: string; ExpiresIn?: number };
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  __type?: string;
  message?: string;
}

/**
 * Calls one action of Cognito's user pool API. A refusal becomes an ApiError with Cognito's
 * exception name as its code and the text `messages` gives it (UNAVAILABLE otherwise); an
 * unreachable endpoint becomes the "network" ApiError (status 0).
 */
async function callCognito(
  config: CognitoConfig,
  action: string,
  body: unknown,
  messages: Record<string, Localized>,
): Promise<CognitoAnswer> {
  let res: Response;
  try {
    res = await fetch(cognitoEndpoint(config.region), {
      method: "POST",
      headers: {
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": `AWSCognitoIdentityProviderService.${action}`,
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", NETWORK_FAILURE);
  }
  let answer: CognitoAnswer = {};
  try {
    answer = (await res.json()) as CognitoAnswer;
  } catch {
    // An unreadable answer is handled as a failure below.
  }
  if (!res.ok) {
    // "__type" is "NotAuthorizedException", sometimes prefixed with a namespace and "#".
    const type = (answer.__type ?? "").split("#").pop() ?? "";
    throw new ApiError(res.status, type || "cognito_error", messages[type] ?? UNAVAILABLE);
  }
  return answer;
}

/** The tokens of a successful answer, or undefined when it carries none. */
function tokensOf(answer: CognitoAnswer, now: number): CognitoTokens | undefined {
  const result = answer.AuthenticationResult;
  if (!result?.IdToken) return undefined;
  return {
    token: result.IdToken,
    expiresAt: Math.floor(now / 1000) + (result.ExpiresIn ?? 3600),
    ...(result.RefreshToken ? { refreshToken: result.RefreshToken } : {}),
  };
}

/**
 * Signs in with USER_PASSWORD_AUTH and answers the ID token (it carries the custom:unitId claim
 * the API reads; the access token does not) with the refresh token, or the new-password
 * challenge of a first sign-in with a temporary password. Errors are ApiErrors, like the local
 * sign-in's.
 */
export async function cognitoSignIn(
  config: CognitoConfig,
  username: string,
  password: string,
  now = Date.now(),
): Promise<CognitoTokens | NewPasswordChallenge> {
  let answer: CognitoAnswer;
  try {
    answer = await callCognito(
      config,
      "InitiateAuth",
      {
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: config.clientId,
        AuthParameters: { USERNAME: username, PASSWORD: password },
      },
      MESSAGES,
    );
  } catch (err) {
    if (err instanceof ApiError && err.text === BAD_CREDENTIALS) throw new ApiError(401, "bad_credentials", err.text);
    throw err;
  }
  const tokens = tokensOf(answer, now);
  if (tokens) return tokens;
  if (answer.ChallengeName === "NEW_PASSWORD_REQUIRED" && answer.Session) {
    return {
      challenge: "NEW_PASSWORD_REQUIRED",
      username: answer.ChallengeParameters?.USER_ID_FOR_SRP || username,
      session: answer.Session,
    };
  }
  throw new ApiError(400, answer.ChallengeName ?? "cognito_error", UNAVAILABLE);
}

/**
 * Answers the NEW_PASSWORD_REQUIRED challenge with the user's new password and returns the
 * tokens the sign-in then issues. A password the policy refuses is INVALID_PASSWORD_CODE; an
 * expired or spent challenge is SIGN_IN_AGAIN_CODE (start over with the sign-in form).
 */
export async function cognitoSetNewPassword(
  config: CognitoConfig,
  challenge: NewPasswordChallenge,
  newPassword: string,
  now = Date.now(),
): Promise<CognitoTokens> {
  let answer: CognitoAnswer;
  try {
    answer = await callCognito(
      config,
      "RespondToAuthChallenge",
      {
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        ClientId: config.clientId,
        Session: challenge.session,
        ChallengeResponses: { USERNAME: challenge.username, NEW_PASSWORD: newPassword },
      },
      CHALLENGE_MESSAGES,
    );
  } catch (err) {
    if (err instanceof ApiError && err.text === INVALID_PASSWORD) {
      throw new ApiError(err.status, INVALID_PASSWORD_CODE, err.text);
    }
    if (err instanceof ApiError && err.text === SIGN_IN_AGAIN) {
      throw new ApiError(err.status, SIGN_IN_AGAIN_CODE, err.text);
    }
    throw err;
  }
  const tokens = tokensOf(answer, now);
  if (tokens) return tokens;
  // Another challenge (MFA, missing attributes): the pool asks for none of them.
  throw new ApiError(400, answer.ChallengeName ?? "cognito_error", UNAVAILABLE);
}

/**
 * Exchanges the refresh token for a new ID token (REFRESH_TOKEN_AUTH). A refusal (revoked or
 * expired refresh token, disabled user) is an ApiError with status 400; a network failure has
 * status 0, Cognito's own trouble 5xx.
 */
export async function cognitoRefresh(
  config: CognitoConfig,
  refreshToken: string,
  now = Date.now(),
): Promise<CognitoTokens> {
  const answer = await callCognito(
    config,
    "InitiateAuth",
    { AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: config.clientId, AuthParameters: { REFRESH_TOKEN: refreshToken } },
    { TooManyRequestsException: TOO_MANY, LimitExceededException: TOO_MANY },
  );
  const tokens = tokensOf(answer, now);
  if (!tokens) throw new ApiError(400, answer.ChallengeName ?? "cognito_error", UNAVAILABLE);
  return tokens;
}

/** Whether a failed refresh may succeed when tried again (the network, throttling, Cognito's trouble). */
export function isTransientFailure(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return (
    error.status === 0 ||
    error.status >= 500 ||
    error.code === "TooManyRequestsException" ||
    error.code === "LimitExceededException"
  );
}
