import { Global, Module } from '@nestjs/common';
import { DEMO_DIRECTORY, Directory } from '@lagspill/domain';

/** Makes the domain `Directory` injectable everywhere; for now it holds the seeded demo directory. */
@Global()
@Module({
  providers: [{ provide: Directory, useValue: new Directory(DEMO_DIRECTORY) }],
  exports: [Directory],
})
export class DirectoryModule {}
