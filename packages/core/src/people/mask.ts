/** 13800000000 → 138****0000; anything shorter keeps only its last two characters. */
export function maskPhone(phone: string | undefined): string | undefined {
  if (!phone) return phone;
  if (phone.length >= 11) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  return `${"*".repeat(Math.max(0, phone.length - 2))}${phone.slice(-2)}`;
}

/** 李华 → 李*, 欧阳明华 → 欧***: enough for a colleague to recognise, not to identify. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  return `${chars[0]}${"*".repeat(chars.length - 1)}`;
}
