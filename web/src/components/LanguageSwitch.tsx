import { GlobalOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useLanguage } from "../language.tsx";

/** 语言切换: shows the language it switches to ("English" or "中文"). */
export function LanguageSwitch({ type = "text" }: { type?: "text" | "default" }) {
  const { t, toggle } = useLanguage();
  return (
    <Button type={type} icon={<GlobalOutlined />} onClick={toggle} title={t.switchLabel} data-testid="language-switch">
      {t.switchTo}
    </Button>
  );
}
