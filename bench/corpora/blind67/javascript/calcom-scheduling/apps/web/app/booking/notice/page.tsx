import { Notice, SanitizedNotice } from "~/components/Notice";

type PageProps = {
  searchParams: { msg?: string; note?: string; error?: string };
};

export default function BookingNoticePage({ searchParams }: PageProps) {
  const message = searchParams.msg ?? "Your booking has been updated.";
  const note = searchParams.note ?? "";
  const variant = searchParams.error ? "error" : "info";

  return (
    <main className="mx-auto max-w-xl py-24">
      <Notice message={message} variant={variant} />
      {note ? <SanitizedNotice message={note} /> : null}
    </main>
  );
}
