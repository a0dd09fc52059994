import { RoundForm } from "../round-form";
import { PageTitle } from "@/components/page-title";
import { TimeZoneOptions } from "@/components/forms/time-zone-options";
import { formChoices } from "@/lib/queries/editor";

export const metadata = { title: "New round" };

export default async function NewRoundPage() {
  const choices = await formChoices();
  return (
    <>
      <PageTitle lead="Log a round as soon as it is announced; update it as it starts, runs and ends.">
        New round
      </PageTitle>
      <TimeZoneOptions />
      <RoundForm
        choices={choices}
        initialValues={{ status: "SCHEDULED", kind: "NEGOTIATION_ROUND" }}
        published={false}
      />
    </>
  );
}
