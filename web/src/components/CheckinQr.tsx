import { Typography } from "antd";
import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { checkinPath } from "../activities.ts";
import { useLanguage } from "../language.tsx";

/** A session's check-in code, large, and as a QR code that opens the check-in page with it filled in. */
export function CheckinQr({ sessionId, code }: { sessionId: string; code: string }) {
  const { t } = useLanguage();
  const [image, setImage] = useState<string>();
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(`${window.location.origin}${checkinPath(sessionId, code)}`, { margin: 1, width: 200 }).then(
      (url) => live && setImage(url),
      () => live && setImage(undefined),
    );
    return () => {
      live = false;
    };
  }, [sessionId, code]);
  return (
    <div className="checkin-qr" data-testid="checkin-qr">
      <Typography.Text type="secondary">{t.activities.checkinCode}</Typography.Text>
      <div className="checkin-code" data-testid="checkin-code">
        {code}
      </div>
      {image && <img src={image} alt={`${t.activities.checkinCode} ${code}`} width={200} height={200} />}
      <Typography.Paragraph type="secondary">{t.activities.checkinCodeHint}</Typography.Paragraph>
    </div>
  );
}
