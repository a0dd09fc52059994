import { SourceForm } from "../source-form";
import { PageTitle } from "@/components/page-title";

export const metadata = { title: "New source" };

export default function NewSourcePage() {
  return (
    <>
      <PageTitle lead="Record a publication once; then pick it in any form. Forms can also add a source as they save.">
        New source
      </PageTitle>
      <SourceForm initialValues={{}} isNew />
    </>
  );
}
