import { UpdateForm } from "../update-form";
import { PageTitle } from "@/components/page-title";
import { TimeZoneOptions } from "@/components/forms/time-zone-options";
import { requestNow } from "@/lib/clock";
import { localDate } from "@/lib/domain/time";
import { formChoices } from "@/lib/queries/editor";

export const metadata = { title: "New update" };

export default async function NewUpdatePage() {
  const [choices, now] = await Promise.all([formChoices(), requestNow()]);
  return (
    <>
      <PageTitle>New update</PageTitle>
      <TimeZoneOptions />
      <UpdateForm
        choices={choices}
        initialValues={{ timeZone: "America/New_York", occurredOn: localDate(new Date(now), "America/New_York") }}
        published={false}
      />
    </>
  );
}
