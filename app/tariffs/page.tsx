import type { Metadata } from "next";
import Link from "@/components/link";
import { TariffChart } from "./_components/tariff-chart";
import { TariffTable } from "./_components/tariff-table";
import { AtRenderInstant } from "@/components/at-render-instant";
import { PageTitle } from "@/components/page-title";
import { SectionHeading } from "@/components/ui/card";
import { TARIFF_DIRECTIONS, tariffSeries } from "@/lib/domain/tariff-series";
import { DOWNLOADS } from "@/lib/outputs/public-paths";
import { listRoundsForTariffChart, listTariffChanges } from "@/lib/queries/tariffs";

// Served from Next's cache: a build error if anything here would need a per-request render.
export const ensureStatic = "navigation";

export const metadata: Metadata = {
  title: "Tariffs",
  description:
    "US tariffs on China and China's tariffs on the US since 2025, step by step, with the talks marked and a source for every change.",
};

export default async function TariffsPage() {
  const [changes, rounds] = await Promise.all([listTariffChanges(), listRoundsForTariffChart()]);
  const series = tariffSeries(changes);

  return (
    <div className="space-y-10">
      <PageTitle lead="The additional tariffs each side has put on the other's goods since 2025, as a headline rate: the sum of the measures that apply to all goods. Measures on selected goods only, such as China's counter-tariffs on US farm goods, are shown as steps of their own but left out of the sum. Tariffs in force before 2025 (such as the Section 301 tariffs) are not included.">
        Tariffs
      </PageTitle>

      <section aria-labelledby="chart-heading">
        <SectionHeading
          id="chart-heading"
          action={
            <a href={DOWNLOADS.tariffChanges.path} download className="text-sm underline">
              Download CSV
            </a>
          }
        >
          US and Chinese tariffs, with the talks
        </SectionHeading>
        <AtRenderInstant render={(now) => <TariffChart series={series} rounds={rounds} now={now} />} />
      </section>

      <section aria-labelledby="changes-heading" className="space-y-4">
        <SectionHeading id="changes-heading">Every change, with its sources</SectionHeading>
        {TARIFF_DIRECTIONS.map((direction) => (
          <TariffTable key={direction} direction={direction} steps={series[direction]} />
        ))}
        <p className="text-sm text-stone-700 dark:text-stone-300">
          The same data as{" "}
          <a href={DOWNLOADS.tariffChanges.path} className="underline">
            CSV
          </a>{" "}
          and as JSON from the{" "}
          <Link href="/data" className="underline">
            open data API
          </Link>{" "}
          (<code>/api/v1/tariff-changes</code>).
        </p>
      </section>
    </div>
  );
}
