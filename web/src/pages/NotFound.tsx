import { Button, Result } from "antd";
import { useNavigate } from "react-router-dom";
import { useLanguage } from "../language.tsx";

/** Any address the app does not know. */
export function NotFound() {
  const { t } = useLanguage();
  const navigate = useNavigate();
  return (
    <main className="centered" data-testid="not-found">
      <Result
        status="404"
        title={<h1 className="result-heading">{t.notFoundTitle}</h1>}
        subTitle={t.notFoundBody}
        extra={
          <Button type="primary" onClick={() => navigate("/")}>
            {t.backHome}
          </Button>
        }
      />
    </main>
  );
}
