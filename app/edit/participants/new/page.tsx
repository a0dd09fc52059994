import { ParticipantForm } from "../participant-form";
import { PageTitle } from "@/components/page-title";
import { sourceChoices } from "@/lib/queries/editor-records";

export const metadata = { title: "New participant" };

export default async function NewParticipantPage() {
  const sources = await sourceChoices();
  return (
    <>
      <PageTitle lead="Add someone before logging a round they take part in. Readers see them once that round is published.">
        New participant
      </PageTitle>
      <ParticipantForm sources={sources} initialValues={{}} isNew />
    </>
  );
}
