import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { WebhookCreatedResponse, WebhookDeliveryPage, WebhookResponse } from '@lagspill/contracts';
import { PartyWebhooks } from './party-webhooks';
import { ListDeliveriesRequestDto, ListWebhooksRequestDto, RegisterWebhookRequestDto } from './webhook.request.dto';

/** Every route of /api/webhooks: a party's webhooks and their delivery logs (see PartyWebhooks). */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('api/webhooks')
@Roles('responder', 'coordinator', 'admin')
export class WebhooksController {
  constructor(@Inject(PartyWebhooks) private readonly webhooks: PartyWebhooks) {}

  @Post()
  @ApiOperation({ summary: 'Register a webhook; the answer holds its signing secret, shown this once' })
  register(@CurrentCaller() caller: Caller, @Body() body: RegisterWebhookRequestDto): Promise<WebhookCreatedResponse> {
    return this.webhooks.register(caller, body);
  }

  @Get()
  @ApiOperation({ summary: 'The webhooks of my party (admins: of every party, or of `party`)' })
  list(@CurrentCaller() caller: Caller, @Query() query: ListWebhooksRequestDto): Promise<WebhookResponse[]> {
    return this.webhooks.list(caller, query);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a webhook; what was still to be delivered to it is dropped' })
  delete(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<void> {
    return this.webhooks.delete(caller, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'The delivery log: each event sent to the webhook, newest first, with every attempt' })
  deliveryLog(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Query() query: ListDeliveriesRequestDto,
  ): Promise<WebhookDeliveryPage> {
    return this.webhooks.deliveryLog(caller, id, query);
  }
}
