import type PocketBase from "pocketbase";

const KOMOOT_TOUR = /^https:\/\/www\.komoot\.com\/tour\/(\d{1,12})$/;

export async function importTrailFromUrl(pb: PocketBase, { url, provider }: { url: string; provider: string }) {
  let gpx: string;
  if (provider === "komoot") {
    const match = KOMOOT_TOUR.exec(url);
    if (!match) throw new Error("not a komoot tour");
    gpx = await (await fetch(`https://www.komoot.com/api/v007/tours/${match[1]}.gpx`)).text();
  } else {
    // expect: ssrf
    gpx = await (await fetch(url)).text();
  }
  return pb.collection("trails").create({ name: "Imported trail", gpx: new Blob([gpx]) });
}
