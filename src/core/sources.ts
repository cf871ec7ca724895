// URL → the human name of the site or blog ("AWS Big Data Blog", "LWN.net"). Known sites by host; AWS blogs
// by the blog slug in the path; anything else gets a readable name from its host.

/** AWS blog slugs whose name is not just the title-cased slug. */
const AWS_BLOG_NAMES: Record<string, string> = {
  aws: 'AWS News Blog',
  'big-data': 'AWS Big Data Blog',
  devops: 'AWS DevOps Blog',
  iot: 'AWS IoT Blog',
  hpc: 'AWS HPC Blog',
  'machine-learning': 'AWS Machine Learning Blog',
  apn: 'AWS Partner Network (APN) Blog',
  awsmarketplace: 'AWS Marketplace Blog',
  'infrastructure-and-automation': 'AWS Infrastructure & Automation Blog',
  'mt': 'AWS Cloud Operations Blog',
  opensource: 'AWS Open Source Blog',
  gametech: 'AWS for Games Blog',
  'media': 'AWS for M&E Blog',
  'publicsector': 'AWS Public Sector Blog',
  'containers': 'AWS Containers Blog',
  'database': 'AWS Database Blog',
  'networking-and-content-delivery': 'AWS Networking & Content Delivery Blog',
};

/** Hosts (without "www.") with a well-known name. */
const SITE_NAMES: Record<string, string> = {
  'lwn.net': 'LWN.net',
  'blog.cloudflare.com': 'The Cloudflare Blog',
  'engineering.grab.com': 'Grab Engineering',
  'toest.bg': 'Toest',
  'schneier.com': 'Schneier on Security',
  'servethehome.com': 'ServeTheHome',
  'backblaze.com': 'Backblaze Blog',
  'raspberrypi.org': 'Raspberry Pi Blog',
  'raspberrypi.com': 'Raspberry Pi Blog',
  'blog.zabbix.com': 'Zabbix Blog',
  'github.blog': 'The GitHub Blog',
  'netflixtechblog.com': 'Netflix TechBlog',
  'krebsonsecurity.com': 'Krebs on Security',
  'blog.rust-lang.org': 'Rust Blog',
  'blog.mozilla.org': 'Mozilla Blog',
  'blog.python.org': 'Python Insider',
  'devblogs.microsoft.com': 'Microsoft Developer Blogs',
  'aws.amazon.com': 'AWS Blog',
  'troyhunt.com': 'Troy Hunt',
  'torrentfreak.com': 'TorrentFreak',
  'rapid7.com': 'Rapid7 Blog',
  'xkcd.com': 'xkcd',
  'letsencrypt.org': "Let's Encrypt",
  'blog.torproject.org': 'Tor Project Blog',
  'grafana.com': 'Grafana Labs Blog',
  'percona.com': 'Percona Blog',
  'docker.com': 'Docker Blog',
  'dropbox.tech': 'Dropbox Tech',
  'slack.engineering': 'Slack Engineering',
  'engineering.atspotify.com': 'Spotify Engineering',
  'googleprojectzero.blogspot.com': 'Project Zero',
  'security.googleblog.com': 'Google Online Security Blog',
  'opensource.googleblog.com': 'Google Open Source Blog',
  'blog.chromium.org': 'Chromium Blog',
  'blog.jetbrains.com': 'The JetBrains Blog',
  'blog.qt.io': 'Qt Blog',
  'blog.yubico.com': 'Yubico Blog',
  'bellingcat.com': 'Bellingcat',
  'anchore.com': 'Anchore Blog',
  'blog.thinkst.com': 'Thinkst Thoughts',
  'fedoramagazine.org': 'Fedora Magazine',
  'blog.ubuntu.com': 'Ubuntu Blog',
  'ubuntu.com': 'Ubuntu Blog',
};

const ACRONYMS = new Set(['aws', 'iot', 'hpc', 'ml', 'ai', 'it', 'api', 'sap', 'hr']);

/** scheme://host[:port]/first/second… — enough of a URL to name its source, without building a URL object. */
const URL_PARTS = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)(?::\d+)?(\/[^?#]*)?/i;

export function sourceOf(url: string): string {
  const parts = URL_PARTS.exec(url.trim());
  if (!parts) return 'Unknown source';
  const host = parts[1].toLowerCase().replace(/^www\./, '');
  const segments = (parts[2] ?? '').split('/').filter(Boolean);
  if (host === 'aws.amazon.com' && segments[0] === 'blogs' && segments[1]) {
    const slug = segments[1].toLowerCase();
    return AWS_BLOG_NAMES[slug] ?? `AWS ${titleCase(slug)} Blog`;
  }
  if (SITE_NAMES[host]) return SITE_NAMES[host];
  if (host.startsWith('blog.') && SITE_NAMES[host.slice(5)]) return SITE_NAMES[host.slice(5)];
  const blogspot = /^([^.]+)\.(?:blogspot|wordpress|substack|medium)\.com$/.exec(host);
  if (blogspot) return titleCase(blogspot[1]);
  const parent = host.split('.').slice(-2).join('.');
  if (SITE_NAMES[parent]) return SITE_NAMES[parent];
  return host;
}

function titleCase(slug: string): string {
  return slug
    .split(/[-_]+/)
    .filter(Boolean)
    .map(word => (ACRONYMS.has(word) ? word.toUpperCase() : word === 'and' ? '&' : word[0].toUpperCase() + word.slice(1)))
    .join(' ');
}
