import type { RegisterWebhookRequest } from '@lagspill/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { MAX_WEBHOOK_URL_LENGTH } from './delivery/webhook-target';

export class RegisterWebhookRequestDto implements RegisterWebhookRequest {
  @ApiProperty({
    description: 'Where deliveries are POSTed: https, a public address',
    example: 'https://epj.example.no/lagspill',
  })
  @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  @IsString()
  url!: string;

  @ApiPropertyOptional({ description: 'What the webhook is for, for the party itself', maxLength: 200 })
  @IsOptional()
  @MaxLength(200)
  @IsString()
  description?: string;

  @ApiPropertyOptional({ description: 'Admins only, and then required: the party the webhook is for' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'party must be a party id' })
  @IsString()
  party?: string;
}

export class ListWebhooksRequestDto {
  @ApiPropertyOptional({ description: 'Admins: only this party’s webhooks' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'party must be a party id' })
  @IsString()
  party?: string;
}

export class ListDeliveriesRequestDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(200)
  @IsInt()
  limit?: number;

  @ApiPropertyOptional({ description: 'The previous page’s nextCursor' })
  @IsOptional()
  @IsUUID()
  cursor?: string;
}
