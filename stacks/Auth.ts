import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { AccountRecovery, ClientAttributes, StringAttribute } from "aws-cdk-lib/aws-cognito";
import { Cognito, type StackContext } from "sst/constructs";
import { CLAIMS } from "../packages/core/src/auth/claims.ts";
import { ROLE_LABELS, ROLES } from "../packages/core/src/auth/roles.ts";
import { isProduction } from "./settings.ts";

/** "custom:unitId" → "unitId": Cognito adds the "custom:" prefix to custom attributes itself. */
const UNIT_ID_ATTRIBUTE = CLAIMS.unitId.replace(/^custom:/, "");
/** The roster entry of a committee member, delegate or member account (claim "custom:personId"). */
const PERSON_ID_ATTRIBUTE = CLAIMS.personId.replace(/^custom:/, "");

/**
 * The Cognito user pool: username sign-in, accounts created by the liaison office (no
 * self sign-up), the caller's unit in the custom attribute, one group per role.
 */
export function Auth({ app, stack }: StackContext) {
  const production = isProduction(app.stage);

  const auth = new Cognito(stack, "Auth", {
    login: ["username"],
    identityPoolFederation: false,
    cdk: {
      userPool: {
        selfSignUpEnabled: false,
        signInCaseSensitive: false,
        customAttributes: {
          [UNIT_ID_ATTRIBUTE]: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
          [PERSON_ID_ATTRIBUTE]: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        },
        passwordPolicy: {
          minLength: 10,
          requireLowercase: true,
          requireUppercase: false,
          requireDigits: true,
          requireSymbols: false,
          tempPasswordValidity: Duration.days(7),
        },
        accountRecovery: AccountRecovery.NONE,
        deletionProtection: production,
        // Outside production the app-wide default ("destroy") replaces this.
        removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      },
      userPoolClient: {
        // A browser (public) client: no secret, no hosted UI.
        generateSecret: false,
        disableOAuth: true,
        authFlows: { userSrp: true, userPassword: true },
        preventUserExistenceErrors: true,
        idTokenValidity: Duration.hours(1),
        accessTokenValidity: Duration.hours(1),
        refreshTokenValidity: Duration.days(30),
        // The unit decides what a caller may see: only administrators may change it.
        readAttributes: new ClientAttributes()
          .withStandardAttributes({ fullname: true, preferredUsername: true })
          .withCustomAttributes(UNIT_ID_ATTRIBUTE, PERSON_ID_ATTRIBUTE),
        writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
      },
    },
  });

  const userPool = auth.cdk.userPool;
  for (const role of ROLES) {
    userPool.addGroup(`Group_${role}`, {
      groupName: role,
      description: `${ROLE_LABELS[role].zh} / ${ROLE_LABELS[role].en}`,
    });
  }

  // The "iss" of the pool's tokens, written as the HTTP API's user_pool authorizer writes it.
  const issuer = `https://cognito-idp.${stack.region}.amazonaws.com/${auth.userPoolId}`;

  stack.addOutputs({
    UserPoolId: auth.userPoolId,
    UserPoolClientId: auth.userPoolClientId,
    Issuer: issuer,
  });

  return {
    auth,
    userPool,
    userPoolClient: auth.cdk.userPoolClient,
    userPoolId: auth.userPoolId,
    userPoolClientId: auth.userPoolClientId,
    issuer,
  };
}
