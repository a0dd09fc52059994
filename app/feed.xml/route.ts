import { publicDocument } from "@/lib/http/public-document";
import { ATOM_CONTENT_TYPE } from "@/lib/outputs/atom";
import { siteFeed } from "@/lib/outputs/update-feed";

export async function GET(request: Request): Promise<Response> {
  const feed = await siteFeed();
  return publicDocument(request, feed.xml, { contentType: ATOM_CONTENT_TYPE, lastModified: feed.lastModified });
}
