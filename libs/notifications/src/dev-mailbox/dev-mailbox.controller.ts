import { Controller, Get, Header, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@lagspill/platform';
import type { Response } from 'express';
import { escapeHtml } from '../mail/escape-html';
import { DevMailboxRepository, type DevMail } from './dev-mailbox.repository';

const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
const LIST_LIMIT = 200;

/**
 * Dev mode only (no SMTP_URL, dev login on): what Lagspill would have mailed, at /dev/mail for people
 * and /api/dev/mail for tests and scripts. Open like the rest of dev login; never part of production.
 */
@ApiExcludeController()
@Public()
@Controller()
export class DevMailboxController {
  constructor(@Inject(DevMailboxRepository) private readonly mailbox: DevMailboxRepository) {}

  @Get('api/dev/mail')
  list(@Query('to') to: string | undefined): Promise<DevMail[]> {
    return this.mailbox.list(typeof to === 'string' && to !== '' ? to : undefined, LIST_LIMIT);
  }

  @Get('dev/mail')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_POLICY)
  async page(): Promise<string> {
    const mails = await this.mailbox.list(undefined, LIST_LIMIT);
    const rows = mails.map(
      (mail) =>
        `<tr><td>${escapeHtml(new Date(mail.receivedAt).toLocaleString('nb-NO', { timeZone: 'Europe/Oslo' }))}</td>` +
        `<td>${escapeHtml(mail.to)}</td><td><a href="/dev/mail/${mail.id}">${escapeHtml(mail.subject)}</a></td>` +
        `<td><a href="/dev/mail/${mail.id}/text">tekst</a> · <a href="/dev/mail/${mail.id}/raw">rå</a></td></tr>`,
    );
    return [
      '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Utgående e-post – Lagspill</title>',
      '<style>body{font-family:sans-serif;margin:2rem}table{border-collapse:collapse}td,th{padding:.3rem .8rem;',
      'border-bottom:1px solid #ddd;text-align:left}</style></head><body>',
      '<h1>Utgående e-post</h1>',
      '<p>Utviklingsmodus: e-post Lagspill ville sendt, fanget her i stedet for å sendes. Nyeste først.</p>',
      mails.length === 0
        ? '<p>Ingen e-post ennå.</p>'
        : `<table><thead><tr><th>Mottatt</th><th>Til</th><th>Emne</th><th>Vis</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
      '</body></html>',
    ].join('\n');
  }

  @Get('dev/mail/:id')
  async html(@Param('id') id: string, @Res() response: Response): Promise<void> {
    const mail = await this.found(id);
    response
      .set({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PAGE_POLICY })
      .send(mail.html);
  }

  @Get('dev/mail/:id/text')
  async text(@Param('id') id: string, @Res() response: Response): Promise<void> {
    response.type('text/plain; charset=utf-8').send((await this.found(id)).text);
  }

  @Get('dev/mail/:id/raw')
  async raw(@Param('id') id: string, @Res() response: Response): Promise<void> {
    response.type('text/plain; charset=utf-8').send((await this.found(id)).raw);
  }

  private async found(id: string): Promise<DevMail> {
    const mail = await this.mailbox.find(id);
    if (!mail) throw new NotFoundException(`No mail ${id} in the dev mailbox`);
    return mail;
  }
}
