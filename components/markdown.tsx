import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

const SAFE_LINK = /^(https?:|mailto:|\/|#)/i;

/**
 * Editors' markdown, rendered on the server. Raw HTML is shown as text (react-markdown never
 * injects it), and only web, mail and same-site links survive.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="space-y-2 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        urlTransform={(url) => (SAFE_LINK.test(url.trim()) ? url : "")}
        components={{ a: ({ href, children: text }) => <a href={href} rel="noopener noreferrer nofollow">{text}</a>, img: () => null }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
