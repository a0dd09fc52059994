import { notFoundDocument, publicDocument } from "@/lib/http/public-document";
import { issueFeed } from "@/lib/outputs/update-feed";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const feed = await issueFeed(slug, "atom");
  if (!feed) return notFoundDocument(`No issue has the slug "${slug}".`);
  return publicDocument(request, feed.body, { contentType: feed.contentType, lastModified: feed.lastModified });
}
