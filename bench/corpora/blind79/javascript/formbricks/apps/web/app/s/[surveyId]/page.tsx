import DOMPurify from "isomorphic-dompurify";
import { notFound } from "next/navigation";
import { getSurvey } from "@/lib/survey/service-public";
import { LinkSurvey } from "./components/LinkSurvey";

interface LinkSurveyPageProps {
  params: Promise<{ surveyId: string }>;
  searchParams: Promise<{ suId?: string; lang?: string; preview?: string; welcome?: string; note?: string }>;
}

export default async function LinkSurveyPage(props: LinkSurveyPageProps) {
  const { surveyId } = await props.params;
  const searchParams = await props.searchParams;
  const survey = await getSurvey(surveyId);
  if (!survey || survey.type !== "link") {
    notFound();
  }

  const lang = searchParams.lang || "default";
  const isPreview = searchParams.preview === "true";
  const welcomeHtml = DOMPurify.sanitize(searchParams.welcome ?? "");
  const note = searchParams.note ?? "";

  return (
    <main className="flex min-h-screen flex-col items-center">
      <div className="welcome" dangerouslySetInnerHTML={{ __html: welcomeHtml }} />
      {isPreview && (
        // expect: xss
        <div className="preview-note" dangerouslySetInnerHTML={{ __html: note }} />
      )}
      <p className="lang">{lang}</p>
      <LinkSurvey survey={survey} languageCode={lang} singleUseId={searchParams.suId} />
    </main>
  );
}
