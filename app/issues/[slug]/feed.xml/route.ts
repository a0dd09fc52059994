import { notFoundDocument, publicDocument } from "@/lib/http/public-document";
import { ATOM_CONTENT_TYPE } from "@/lib/outputs/atom";
import { issueFeed } from "@/lib/outputs/update-feed";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const feed = await issueFeed(slug);
  if (!feed) return notFoundDocument(`No issue has the slug "${slug}".`);
  return publicDocument(request, feed.xml, { contentType: ATOM_CONTENT_TYPE, lastModified: feed.lastModified });
}
