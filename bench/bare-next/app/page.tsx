import { Clicks } from "./clicks";

export default function BarePage() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>One server-rendered page with one client component: the framework&apos;s floor.</p>
      <Clicks />
    </main>
  );
}
