import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CaseKeysRepository } from './case-keys.repository';

const ALGORITHM = 'aes-256-gcm';
const FORMAT = 'v1';

/**
 * Seals free text with a key of its own per case (AES-256-GCM), so that the original of a case's texts
 * can be erased by deleting one row (crypto-shredding) while the event log stays append-only.
 */
@Injectable()
export class CaseKeyring {
  constructor(@Inject(CaseKeysRepository) private readonly keys: CaseKeysRepository) {}

  async seal(caseId: string, plaintext: string): Promise<string> {
    const key = (await this.key(caseId, true)) as Buffer;
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, key, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [FORMAT, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  /** A function that opens the case's sealed texts; it gives undefined once the key is erased. */
  async opener(caseId: string): Promise<(sealed: string) => string | undefined> {
    const key = await this.key(caseId, false);
    return (sealed) => (key ? open(key, sealed) : undefined);
  }

  /** Erases the case's key: every text sealed with it becomes unreadable. */
  async erase(caseId: string): Promise<void> {
    await this.keys.erase(caseId);
  }

  private async key(caseId: string, create: boolean): Promise<Buffer | undefined> {
    if (create) await this.keys.add(caseId, randomBytes(32));
    return this.keys.key(caseId);
  }
}

function open(key: Buffer, sealed: string): string | undefined {
  const [format, iv, tag, body] = sealed.split(':');
  if (format !== FORMAT || !iv || !tag || body === undefined) return undefined;
  try {
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
