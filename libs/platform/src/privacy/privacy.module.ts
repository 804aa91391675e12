import { Global, Module } from '@nestjs/common';
import { CaseKeyring } from './case-keyring';
import { CaseKeysRepository } from './case-keys.repository';
import { TextScreener } from './text-screener';

/** Identity-number screening and per-case keys, for every context that stores free text. */
@Global()
@Module({ providers: [CaseKeysRepository, CaseKeyring, TextScreener], exports: [CaseKeyring, TextScreener] })
export class PrivacyModule {}
