import { Button, Flex, Typography } from "antd";
import { useCallback, useState } from "react";
import { useLanguage } from "../language.tsx";

/** Page-by-page browsing of a cursor-paged list: the cursors of the pages seen so far. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const next = useCallback((c: string) => setCursors((cs) => [...cs, c]), []);
  const prev = useCallback(() => setCursors((cs) => (cs.length > 1 ? cs.slice(0, -1) : cs)), []);
  const reset = useCallback(() => setCursors([undefined]), []);
  return { cursor, page: cursors.length, next, prev, reset };
}

export function CursorPager({
  page,
  nextCursor,
  onPrev,
  onNext,
  disabled,
}: {
  page: number;
  nextCursor: string | undefined;
  onPrev: () => void;
  onNext: (cursor: string) => void;
  disabled?: boolean;
}) {
  const { t } = useLanguage();
  if (page === 1 && !nextCursor) return null;
  return (
    <Flex gap={12} align="center" justify="flex-end" className="pager">
      <Button onClick={onPrev} disabled={disabled || page === 1}>
        {t.prevPage}
      </Button>
      <Typography.Text>{t.pageN(page)}</Typography.Text>
      <Button onClick={() => nextCursor && onNext(nextCursor)} disabled={disabled || !nextCursor}>
        {t.nextPage}
      </Button>
    </Flex>
  );
}
