import { Flex, Tag } from "antd";
import { useLanguage } from "../language.tsx";
import { type OpinionListItem, STATUS_LABELS } from "../opinions.ts";

/** An opinion's status in a staff list, with the marks beside it (extension pending, once redone). */
export function OpinionStatusTags({ opinion: o }: { opinion: OpinionListItem }) {
  const { t, l } = useLanguage();
  const m = t.opinions;
  return (
    <Flex gap={4} wrap>
      <Tag color={o.status === "closed" ? "green" : o.status === "redo" ? "orange" : "blue"}>
        {l(STATUS_LABELS[o.status])}
      </Tag>
      {o.extensionPending && <Tag color="gold">{m.extensionPending}</Tag>}
      {o.redoCount > 0 && o.status !== "redo" && <Tag>{m.redone}</Tag>}
    </Flex>
  );
}
