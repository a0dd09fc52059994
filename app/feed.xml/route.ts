import { publicDocument } from "@/lib/http/public-document";
import { siteFeed } from "@/lib/outputs/update-feed";

export async function GET(request: Request): Promise<Response> {
  const feed = await siteFeed("atom");
  return publicDocument(request, feed.body, { contentType: feed.contentType, lastModified: feed.lastModified });
}
