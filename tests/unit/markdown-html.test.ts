import { expect, it } from "vitest";
import { markdownToHtml } from "@/lib/outputs/markdown-html";

it("renders an editor's markdown for a feed: emphasis, links, lists and tables", () => {
  expect(markdownToHtml("**Extended** to [10 November](https://example.gov/eo)")).toBe(
    '<p><strong>Extended</strong> to <a href="https://example.gov/eo">10 November</a></p>',
  );
  expect(markdownToHtml("- one\n- two")).toContain("<li>one</li>");
  expect(markdownToHtml("| a | b |\n|---|---|\n| 1 | 2 |")).toContain("<table>");
});

it("shows raw HTML as text, drops unsafe links and images", () => {
  expect(markdownToHtml('<script>alert("x")</script>')).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  expect(markdownToHtml("[click](javascript:alert(1))")).toBe('<p><a href="">click</a></p>');
  expect(markdownToHtml("![chart](https://example.com/x.png)")).toBe("<p></p>");
});
