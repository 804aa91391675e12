import type { DevUserResponse } from '@lagspill/contracts';
import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@lagspill/platform';
import { DevLoginService } from './dev-login.service';
import { DevTokenRequestDto } from './dev-token.request.dto';
import type { TokenResponse } from './token.response';

/** Dev login only: pick a demo user and get a real signed token for them. */
@ApiTags('dev login')
@Public()
@Controller('api/dev')
export class DevLoginController {
  constructor(@Inject(DevLoginService) private readonly devLogin: DevLoginService) {}

  @Get('users')
  @ApiOperation({ summary: 'The demo users one can log in as' })
  users(): DevUserResponse[] {
    return this.devLogin.users();
  }

  @Post('token')
  @HttpCode(200)
  @ApiOperation({ summary: 'A bearer token for a demo user, or for a newcomer `ny.<name>` not in the directory' })
  token(@Body() body: DevTokenRequestDto): Promise<TokenResponse> {
    const { username, ...claims } = body;
    return this.devLogin.tokenFor(username, claims);
  }
}
