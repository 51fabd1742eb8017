import { QuestionCircleOutlined } from "@ant-design/icons";
import { Button, Drawer, List, Spin, Tag, Typography } from "antd";
import { useState } from "react";
import { api } from "../api.ts";
import { useLanguage } from "../language.tsx";
import type { FigureDefinition } from "../stats.ts";
import { useLoad } from "../useLoad.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";

/** 指标说明: a button that opens the figure definitions (GET /stats/figures) in a drawer. */
export function FigureDefinitions() {
  const { t, l } = useLanguage();
  const [open, setOpen] = useState(false);
  const definitions = useLoad(open ? "figures" : undefined, (signal) =>
    api<{ figures: FigureDefinition[] }>("/stats/figures", { signal }),
  );
  return (
    <>
      <Button icon={<QuestionCircleOutlined />} onClick={() => setOpen(true)} data-testid="figure-definitions">
        {t.stats.definitions}
      </Button>
      <Drawer
        title={t.stats.definitions}
        open={open}
        onClose={() => setOpen(false)}
        size={480}
        data-testid="figure-definitions-drawer"
      >
        <Typography.Paragraph type="secondary">{t.stats.definitionsIntro}</Typography.Paragraph>
        {definitions.error !== undefined && <ErrorAlert error={definitions.error} retry={definitions.reload} />}
        {definitions.loading && <Spin />}
        {definitions.data && (
          <List
            dataSource={definitions.data.figures}
            rowKey="id"
            renderItem={(figure) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <span>
                      {l(figure)} <Tag>{t.stats.kind[figure.kind]}</Tag>
                    </span>
                  }
                  description={figure.counted}
                />
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </>
  );
}
