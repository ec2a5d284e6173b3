import DOMPurify from "isomorphic-dompurify";

type NoticeProps = {
  message: string;
  variant?: "info" | "error";
};

export function Notice({ message, variant = "info" }: NoticeProps) {
  const className = variant === "error" ? "bg-error text-error" : "bg-subtle text-default";
  // expect: xss
  return <div className={`rounded-md p-4 ${className}`} dangerouslySetInnerHTML={{ __html: message }} />;
}

export function SanitizedNotice({ message, variant = "info" }: NoticeProps) {
  const className = variant === "error" ? "bg-error text-error" : "bg-subtle text-default";
  const clean = DOMPurify.sanitize(message, { ALLOWED_TAGS: ["b", "i", "a"], ALLOWED_ATTR: ["href"] });
  return <div className={`rounded-md p-4 ${className}`} dangerouslySetInnerHTML={{ __html: clean }} />;
}
