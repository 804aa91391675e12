import type { WebConfigResponse } from '@lagspill/contracts';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@lagspill/platform';
import { WebConfigService } from './web-config.service';

@ApiTags('identity')
@Public()
@Controller('api/web-config')
export class WebConfigController {
  constructor(@Inject(WebConfigService) private readonly webConfig: WebConfigService) {}

  @Get()
  @ApiOperation({ summary: 'How the browser app logs in: client id, scope and the OAuth endpoints' })
  config(): Promise<WebConfigResponse> {
    return this.webConfig.webConfig();
  }
}
