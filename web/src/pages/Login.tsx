import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { Link, Navigate, useLocation } from "react-router-dom";
import { ApiError, errorText } from "../api.ts";
import type { NewPasswordChallenge } from "../cognito.ts";
import { NewPasswordForm } from "../components/NewPasswordForm.tsx";
import { PublicShell } from "../components/PublicShell.tsx";
import { useLanguage } from "../language.tsx";
import { useSession } from "../session.tsx";

interface LoginFields {
  username: string;
  password: string;
}

/** The same rule the API applies to usernames. */
const USERNAME = /^[A-Za-z0-9._@-]+$/;

/**
 * /login: staff sign-in; afterwards the user goes to /home (or where they were heading). A first
 * sign-in with a temporary password (Cognito) continues with setting a new password.
 */
export function Login() {
  const { t, l } = useLanguage();
  const { session, ended, signIn } = useSession();
  const location = useLocation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<{ challenge: NewPasswordChallenge; password: string }>();
  const [lastUsername, setLastUsername] = useState("");

  if (session) {
    const from = (location.state as { from?: unknown } | null)?.from;
    return <Navigate to={typeof from === "string" && from !== "/login" ? from : "/home"} replace />;
  }

  const submit = async ({ username, password }: LoginFields) => {
    setBusy(true);
    setError(undefined);
    setLastUsername(username.trim());
    try {
      const outcome = await signIn(username.trim(), password);
      if ("challenge" in outcome) {
        setChallenge({ challenge: outcome.challenge, password });
        setBusy(false);
      }
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const restart = (reason?: unknown) => {
    setChallenge(undefined);
    setError(reason);
  };

  if (challenge) {
    return (
      <PublicShell>
        <Card className="login-card">
          <NewPasswordForm challenge={challenge.challenge} temporaryPassword={challenge.password} onRestart={restart} />
        </Card>
      </PublicShell>
    );
  }

  const fieldProblems = error instanceof ApiError ? Object.values(error.fields) : [];
  return (
    <PublicShell>
      <Card className="login-card">
        <Typography.Title level={2}>{t.signInTitle}</Typography.Title>
        {ended === "expired" && !error && <Alert type="info" showIcon title={t.sessionExpired} className="gap" />}
        {error !== undefined && (
          <Alert
            type="error"
            showIcon
            title={l(errorText(error))}
            description={fieldProblems.length > 0 ? fieldProblems.map(l).join(";") : undefined}
            className="gap"
            data-testid="login-error"
          />
        )}
        <Form<LoginFields>
          name="login"
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          disabled={busy}
          initialValues={{ username: lastUsername }}
        >
          <Form.Item
            label={t.username}
            name="username"
            rules={[
              { required: true, whitespace: true, message: t.usernameRequired },
              { pattern: USERNAME, message: t.usernameInvalid, transform: (v: string) => v.trim() },
              { max: 64 },
            ]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" spellCheck={false} />
          </Form.Item>
          <Form.Item
            label={t.password}
            name="password"
            rules={[{ required: true, message: t.passwordRequired }, { max: 256 }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t.signIn}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" className="login-hint">
          {t.signInHint} <Link to="/">{t.backHome}</Link>
        </Typography.Paragraph>
      </Card>
    </PublicShell>
  );
}
