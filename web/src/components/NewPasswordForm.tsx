import { LockOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input, Typography } from "antd";
import { useState } from "react";
import { ApiError, errorText } from "../api.ts";
import { meetsPasswordRules, type NewPasswordChallenge, PASSWORD_RULES, SIGN_IN_AGAIN_CODE } from "../cognito.ts";
import { useLanguage } from "../language.tsx";
import { useSession } from "../session.tsx";

interface NewPasswordFields {
  newPassword: string;
  confirmPassword: string;
}

/**
 * The second step of a first sign-in with a temporary password (Cognito's NEW_PASSWORD_REQUIRED):
 * the user chooses a password under the pool's rules and is signed in with it. `onRestart` sends
 * the user back to the sign-in form: on request, or with the error of a challenge that expired.
 */
export function NewPasswordForm({
  challenge,
  temporaryPassword,
  onRestart,
}: {
  challenge: NewPasswordChallenge;
  temporaryPassword: string;
  onRestart: (error?: unknown) => void;
}) {
  const { t, l } = useLanguage();
  const { setNewPassword } = useSession();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ newPassword }: NewPasswordFields) => {
    setBusy(true);
    setError(undefined);
    try {
      await setNewPassword(challenge, newPassword);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.code === SIGN_IN_AGAIN_CODE) onRestart(err);
      else setError(err);
    }
  };

  return (
    <div data-testid="new-password">
      <Typography.Title level={2}>{t.newPasswordTitle}</Typography.Title>
      <Typography.Paragraph>{t.newPasswordIntro(challenge.username)}</Typography.Paragraph>
      {error !== undefined && (
        <Alert type="error" showIcon title={l(errorText(error))} className="gap" data-testid="new-password-error" />
      )}
      <Form<NewPasswordFields>
        name="new-password"
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        disabled={busy}
      >
        {/* For password managers: the account the new password belongs to. */}
        <input type="text" name="username" autoComplete="username" value={challenge.username} readOnly hidden />
        <Form.Item
          label={t.newPassword}
          name="newPassword"
          extra={l(PASSWORD_RULES)}
          rules={[
            { required: true, message: t.newPasswordRequired },
            {
              validator: async (_, value: string | undefined) => {
                if (!value) return;
                if (!meetsPasswordRules(value)) throw new Error(t.newPasswordWeak);
                if (value === temporaryPassword) throw new Error(t.newPasswordSameAsTemporary);
              },
            },
          ]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t.confirmNewPassword}
          name="confirmPassword"
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: t.confirmNewPasswordRequired },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue("newPassword")) throw new Error(t.newPasswordsDiffer);
              },
            }),
          ]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t.setNewPassword}
        </Button>
        <Button type="link" block onClick={() => onRestart()} disabled={busy}>
          {t.backToSignIn}
        </Button>
      </Form>
    </div>
  );
}
