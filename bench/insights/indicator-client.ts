/**
 * A load client in its own process, so that the server's event loop and the client's do not share one
 * thread: `node indicator-client.js <urls, one per line> <token> <seconds> <connections>`. Asks for the
 * URLs in turn; prints the latencies (ms) of its requests as JSON; exits non-zero on any answer but 200.
 */
async function main(): Promise<void> {
  const [urlList, token, seconds, connections] = process.argv.slice(2);
  const urls = urlList.split('\n');
  let next = 0;
  const samples: number[] = [];
  const until = Date.now() + Number(seconds) * 1000;
  const client = async () => {
    while (Date.now() < until) {
      const url = urls[next++ % urls.length];
      const started = performance.now();
      const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`HTTP ${response.status} from ${url}`);
      samples.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: Number(connections) }, client));
  process.stdout.write(JSON.stringify(samples));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
